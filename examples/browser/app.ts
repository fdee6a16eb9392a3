/**
 * The browser demo: analyse a pasted page (boilerplate greyed out with its reason on hover,
 * quotes coloured by speaker, entities and numbers highlighted) and compare two texts (relation,
 * score and aligned sentences with their changes). Bundled by `npm run build:browser` into
 * `examples/browser/dist/app.js`; open `examples/browser/index.html`.
 */
import { analyze, compareDocuments } from '../../src/index.js';

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  readonly title: string;
  readonly color?: string;
}

const SPEAKER_COLORS = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#7c3aed',
  '#c2410c',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** HTML for `text[start, end)` with every mark that overlaps it turned into a styled span. */
export function renderMarked(text: string, start: number, end: number, marks: readonly Mark[]): string {
  const inside = marks.filter((m) => m.end > start && m.start < end);
  const cuts = new Set<number>([start, end]);
  for (const m of inside) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const piece = escapeHtml(text.slice(from, to));
    const active = inside.filter((m) => m.start <= from && m.end >= to);
    if (active.length === 0) {
      html += piece;
      continue;
    }
    const classes = active.map((m) => m.className).join(' ');
    const title = active.map((m) => m.title).join(' · ');
    const color = active.find((m) => m.color)?.color;
    html += `<span class="${classes}" title="${escapeHtml(title)}"${color ? ` style="color:${color}"` : ''}>${piece}</span>`;
  }
  return html;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
}

function showAnalysis(): void {
  const text = byId<HTMLTextAreaElement>('page').value;
  const result = analyze(text);
  const speakers = new Map<string, string>();
  const marks: Mark[] = [];
  for (const quote of result.quotes) {
    const name = quote.speaker?.name ?? 'unattributed';
    if (!speakers.has(name))
      speakers.set(name, SPEAKER_COLORS[speakers.size % SPEAKER_COLORS.length] as string);
    marks.push({
      start: quote.start,
      end: quote.end,
      className: 'quote',
      title: `${quote.kind} quote — ${name}${quote.cue ? ` (${quote.cue.text})` : ''}`,
      color: speakers.get(name) as string,
    });
  }
  for (const entity of result.entities) {
    for (const mention of entity.mentions) {
      marks.push({
        start: mention.start,
        end: mention.end,
        className: `entity entity-${entity.type}`,
        title: `${entity.type}: ${entity.name}`,
      });
    }
  }
  for (const number of result.numbers) {
    marks.push({
      start: number.start,
      end: number.end,
      className: 'number',
      title: `${number.kind}: ${number.value}${number.unit ? ` ${number.unit}` : ''}`,
    });
  }
  const html = result.blocks
    .map((block) => {
      const reason = block.kind === 'boilerplate' ? `boilerplate: ${block.reason ?? 'dropped'}` : block.kind;
      const inner =
        block.kind === 'boilerplate'
          ? escapeHtml(block.text)
          : renderMarked(text, block.start, block.end, marks);
      return `<div class="block ${block.kind}" title="${escapeHtml(reason)}" data-kind="${block.kind}">${inner}</div>`;
    })
    .join('');
  byId('result').innerHTML = html;
  const kept = result.blocks.filter((b) => b.kind !== 'boilerplate').length;
  byId('summary').textContent =
    `language ${result.language} · title ${JSON.stringify(result.title)} · published ${result.published ?? '—'} · ` +
    `${kept} of ${result.blocks.length} blocks kept · ${result.quotes.length} quotes from ${speakers.size} speakers · ` +
    `${result.entities.length} entities · ${result.numbers.length} numbers`;
}

function showComparison(): void {
  const a = byId<HTMLTextAreaElement>('a').value;
  const b = byId<HTMLTextAreaElement>('b').value;
  const result = compareDocuments(a, b);
  const rows = result.alignment
    .map((pair) => {
      const changes = result.changes
        .filter((c) => c.a !== null && c.a.start >= pair.a.start && c.a.end <= pair.a.end)
        .map((c) => `${c.kind}: ${c.a?.text ?? '∅'} → ${c.b?.text ?? '∅'}`)
        .join('; ');
      return `<tr><td>${escapeHtml(pair.a.text)}</td><td>${escapeHtml(pair.b.text)}</td><td>${pair.similarity.toFixed(2)}</td><td class="changes">${escapeHtml(changes)}</td></tr>`;
    })
    .join('');
  byId('comparison').innerHTML =
    `<p class="summary" id="relation">relation <b>${result.relation}</b> · score ${result.score.toFixed(3)} · ` +
    `original ${result.original ?? 'unknown'}</p>` +
    `<table><thead><tr><th>A</th><th>B</th><th>similarity</th><th>changes</th></tr></thead><tbody>${rows}</tbody></table>`;
}

if (typeof document !== 'undefined') {
  byId('analyze').addEventListener('click', showAnalysis);
  byId('compare').addEventListener('click', showComparison);
}
