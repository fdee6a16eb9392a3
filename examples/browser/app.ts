/**
 * The browser demo: analyse a pasted or opened page, HTML or text (boilerplate greyed out with its reason on hover,
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

/** The same text: plain-text input is shown as it is. */
function asIs(fragment: string): string {
  return fragment;
}

/**
 * What a reader sees of a piece of HTML source: tags removed, entities decoded, white space
 * collapsed (in HTML mode every offset points into the HTML, so marks cut its source).
 */
/** Longest entity reference looked for around a mark's edge (`&CounterClockwiseContourIntegral;`). */
const LONGEST_ENTITY = 33;

/**
 * `at`, moved to the start of the entity reference it falls inside, if any: in HTML mode a span
 * may begin on an entity's decoded character, which stands inside the reference's source.
 */
function entityStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - LONGEST_ENTITY; i--) {
    const c = text[i];
    if (c === '&') return i;
    if (c === ';' || c === '<' || c === '>' || (c !== undefined && /\s/.test(c))) return at;
  }
  return at;
}

const decoder =
  typeof document === 'undefined' ? ({} as HTMLTextAreaElement) : document.createElement('textarea');

function visibleText(fragment: string): string {
  const noTags = fragment.replace(/<[^<>]*>?/g, '');
  // A textarea decodes entities without running or dropping anything (white space included).
  decoder.innerHTML = noTags;
  return decoder.value.replace(/\s+/g, ' ');
}

/**
 * HTML for `text[start, end)` with every mark that overlaps it turned into a styled span; `show`
 * turns a piece of the input into the text displayed.
 */
export function renderMarked(
  text: string,
  start: number,
  end: number,
  marks: readonly Mark[],
  show: (fragment: string) => string = asIs,
): string {
  const inside = marks
    .filter((m) => m.end > start && m.start < end)
    .map((m) => (show === asIs ? m : { ...m, start: entityStart(text, m.start) }));
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
    const piece = escapeHtml(show(text.slice(from, to)));
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
  const format = byId<HTMLSelectElement>('format').value as 'auto' | 'html' | 'text';
  const result = analyze(text, { boilerplate: { format } });
  // A block whose text is not its source span comes from HTML (decoded, tags removed).
  const html = result.blocks.some((b) => text.slice(b.start, b.end) !== b.text);
  const show = html ? (fragment: string) => visibleText(fragment) : asIs;
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
  const rendered = result.blocks
    .map((block) => {
      const reason = block.kind === 'boilerplate' ? `boilerplate: ${block.reason ?? 'dropped'}` : block.kind;
      const inner =
        block.kind === 'boilerplate'
          ? escapeHtml(block.text)
          : renderMarked(text, block.start, block.end, marks, show).trim();
      return `<div class="block ${block.kind}" title="${escapeHtml(reason)}" data-kind="${block.kind}">${inner}</div>`;
    })
    .join('');
  byId('result').innerHTML = rendered;
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

/** Loads a chosen file (HTML or text) into the page box. */
async function loadFile(): Promise<void> {
  const file = byId<HTMLInputElement>('file').files?.[0];
  if (!file) return;
  byId<HTMLTextAreaElement>('page').value = await file.text();
}

if (typeof document !== 'undefined') {
  byId('analyze').addEventListener('click', showAnalysis);
  byId('file').addEventListener('change', () => {
    void loadFile();
  });
  byId('compare').addEventListener('click', showComparison);
}
