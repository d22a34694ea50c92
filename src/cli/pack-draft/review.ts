/**
 * `sourcelight pack review`: a drafted pack read for its author. Each value
 * with the source sentence it was read from and how sure the drafter is,
 * grouped by what it belongs to (the original's metadata, each entity, event
 * and quote), then what the sources disagree on and what was left out. As
 * terminal text, or as one self-contained HTML page (no script, no external
 * resource; every text escaped).
 */
import type { ClaimPack } from '../../pack/schema.ts';
import type { Provenance, ProvenanceEntry } from './provenance.ts';

interface Group {
  title: string;
  entries: ProvenanceEntry[];
}

/** "stories[0].events[2].date" → "stories[0].events[2]": the thing a value belongs to. */
const ownerOf = (path: string): string =>
  /^(stories\[\d+\](?:\.(?:events|entities|quotes|originals|corroborating)\[\d+\])?)/.exec(
    path,
  )?.[1] ?? path;

function titleOf(pack: ClaimPack, owner: string): string {
  const m =
    /^stories\[(\d+)\](?:\.(events|entities|quotes|originals|corroborating)\[(\d+)\])?$/.exec(
      owner,
    );
  const story = pack.stories[Number(m?.[1] ?? 0)];
  if (!m || !story) return owner;
  const i = Number(m[3]);
  switch (m[2]) {
    case 'events':
      return `Event: ${story.events?.[i]?.label ?? i}`;
    case 'entities':
      return `Entity: ${story.entities?.[i]?.name ?? i} (${story.entities?.[i]?.kind ?? ''})`;
    case 'quotes':
      return `Quote: “${(story.quotes?.[i]?.text ?? '').slice(0, 60)}…”`;
    case 'originals':
      return `Original report: ${story.originals[i]?.publisher ?? i}`;
    default:
      return `Story: ${story.title}`;
  }
}

function groups(pack: ClaimPack, provenance: Provenance): Group[] {
  const out = new Map<string, Group>();
  for (const entry of provenance.values) {
    const owner = ownerOf(entry.path);
    const group = out.get(owner) ?? { title: titleOf(pack, owner), entries: [] };
    group.entries.push(entry);
    out.set(owner, group);
  }
  return [...out.values()];
}

const field = (path: string) =>
  path.replace(
    /^stories\[\d+\](\.(events|entities|quotes|originals|corroborating)\[\d+\])?\.?/,
    '',
  ) || '(whole)';

export function reviewText(pack: ClaimPack, provenance: Provenance | null): string {
  const lines: string[] = [];
  const story = pack.stories[0];
  lines.push(
    `Pack ${pack.id} ${pack.version}: ${pack.stories.length} story; story "${story?.id}": ${story?.title}`,
  );
  if (!provenance) {
    lines.push('No provenance file: the values below have no recorded source sentence.');
    for (const e of story?.events ?? [])
      lines.push(`  event ${e.id}: ${e.date}, words ${e.words.join(', ')}`);
    return lines.join('\n');
  }
  lines.push(
    `Sources: ${provenance.sources.map((s) => `${s.id} (${s.role}, ${s.file})`).join('; ')}`,
  );
  for (const group of groups(pack, provenance)) {
    lines.push('', group.title);
    for (const e of group.entries) {
      lines.push(
        `  ${field(e.path)}: ${e.value}   [${e.confidence}${e.note ? `; ${e.note}` : ''}]`,
      );
      lines.push(`      ${e.source}: “${e.sentence.slice(0, 220)}”`);
    }
  }
  lines.push(
    '',
    `Unsettled (${provenance.unsettled.length}): the sources disagree; settle each in the pack`,
  );
  for (const u of provenance.unsettled) {
    lines.push(`  ${u.what} (${u.path || 'see the sentence'}): drafted as ${u.drafted}`);
    for (const x of u.values)
      lines.push(`      ${x.source} says ${x.value}: “${x.sentence.slice(0, 200)}”`);
  }
  const low = provenance.values.filter((e) => e.confidence === 'low');
  lines.push('', `Low confidence (${low.length}): check these first`);
  for (const e of low) lines.push(`  ${e.path}: ${e.value}${e.note ? ` (${e.note})` : ''}`);
  if (provenance.leftOut.length) {
    lines.push('', 'Left out:');
    for (const l of provenance.leftOut) lines.push(`  ${l.file}: ${l.reason}`);
  }
  return lines.join('\n');
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function reviewHtml(pack: ClaimPack, provenance: Provenance | null): string {
  const story = pack.stories[0];
  const body: string[] = [
    `<h1>${esc(story?.title ?? pack.id)}</h1>`,
    `<p>Pack <code>${esc(pack.id)}</code> ${esc(pack.version)}, story <code>${esc(story?.id ?? '')}</code>.</p>`,
  ];
  if (!provenance) {
    body.push('<p>No provenance file: the values have no recorded source sentence.</p>');
  } else {
    body.push('<h2>Unsettled</h2>');
    if (!provenance.unsettled.length)
      body.push('<p>None: the sources agree on every value they share.</p>');
    for (const u of provenance.unsettled) {
      body.push(
        `<div class="unsettled"><p><strong>${esc(u.what)}</strong>: drafted as ${esc(u.drafted)}</p><ul>`,
      );
      for (const x of u.values)
        body.push(
          `<li><code>${esc(x.source)}</code> says <strong>${esc(x.value)}</strong>: <q>${esc(x.sentence)}</q></li>`,
        );
      body.push('</ul></div>');
    }
    for (const group of groups(pack, provenance)) {
      body.push(
        `<h2>${esc(group.title)}</h2><table><tr><th>value</th><th>confidence</th><th>source and sentence</th></tr>`,
      );
      for (const e of group.entries) {
        body.push(
          `<tr class="${e.confidence}"><td><code>${esc(field(e.path))}</code><br>${esc(e.value)}</td><td>${esc(e.confidence)}${e.note ? `<br><small>${esc(e.note)}</small>` : ''}</td><td><code>${esc(e.source)}</code><br><q>${esc(e.sentence)}</q></td></tr>`,
        );
      }
      body.push('</table>');
    }
    if (provenance.leftOut.length) {
      body.push('<h2>Left out</h2><ul>');
      for (const l of provenance.leftOut) body.push(`<li>${esc(l.file)}: ${esc(l.reason)}</li>`);
      body.push('</ul>');
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Review: ${esc(story?.title ?? pack.id)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;vertical-align:top;text-align:left}tr.low td{background:#fff4e0}tr.medium td{background:#fafafa}.unsettled{border-left:4px solid #c60;padding-left:.6rem}</style>
</head><body>
${body.join('\n')}
</body></html>
`;
}
