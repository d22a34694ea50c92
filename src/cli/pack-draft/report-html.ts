/** For tests: a made-up report as a page, with its date and publisher in meta tags and each line of the body a paragraph. */
export const reportHtml = (
  date: string,
  publisher: string,
  headline: string,
  body: string,
): string =>
  `<html><head><meta property="article:published_time" content="${date}"><meta property="og:site_name" content="${publisher}"><title>${headline}</title></head>` +
  `<body><article><h1>${headline}</h1>${body
    .split('\n')
    .filter(Boolean)
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
