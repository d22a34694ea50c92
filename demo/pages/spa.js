// A tiny single-page app: the article is fetched and swapped in place, and the
// address changes with history.pushState (no new document, so the content
// script must notice the change by itself).
const view = document.getElementById('view');
const home = Array.from(view.childNodes, (node) => node.cloneNode(true));

async function show(route) {
  if (route === 'rochester') {
    const html = await (await fetch('rochester-careful.html')).text();
    const article = new DOMParser().parseFromString(html, 'text/html').querySelector('article');
    view.replaceChildren(document.adoptNode(article));
  } else {
    view.replaceChildren(...home.map((node) => node.cloneNode(true)));
  }
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-route]');
  if (!link) return;
  event.preventDefault();
  const route = link.dataset.route;
  history.pushState({ route }, '', route === 'home' ? 'spa.html' : `?story=${route}`);
  void show(route);
});

window.addEventListener('popstate', (event) => void show(event.state?.route ?? 'home'));
