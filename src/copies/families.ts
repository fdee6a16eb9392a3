/**
 * Copy families out of verified copy links, for precision first: a family is a centre and the
 * documents linked to it directly, never a chain of links from one document to the next.
 *
 * 1. Centres (star clustering, Aslam et al. 2004): the document with the most verified links
 *    (their scores summed) becomes a centre and covers its neighbours; the next uncovered document
 *    with the most links becomes the next centre, and so on. Every other linked document joins the
 *    centre it is most strongly linked to. A false link between two stories can then move at most
 *    one document, and only when it is that document's strongest link; it can never chain two
 *    stories together.
 * 2. The original: the member with the earliest publication date when every member states one;
 *    otherwise the member that the pairwise artefact evidence names as the original of the others
 *    (see `CopyComparison.original`), when that evidence points one way; otherwise the earliest
 *    of the dates that some members state; otherwise none.
 * 3. Edges: every member other than the original (or, without one, the centre) gets one edge, to
 *    the original when it is a verified copy of it, else to the centre it was verified against.
 *
 * @module
 * @internal
 */

/** A verified copy link between two documents (by handle), as the index keeps it. */
export interface CopyLink {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  /** The side the pairwise artefact evidence calls the original (a handle), or -1. */
  readonly original: number;
}

/** A family before ids and comparisons are attached: handles only. */
export interface FamilyPlan {
  /** Members, the centre first. */
  readonly members: readonly number[];
  readonly centre: number;
  /** The original's handle, or -1 when it cannot be told. */
  readonly original: number;
  /** How the original was told. */
  readonly basis: 'published' | 'artefacts' | null;
  /** Each member other than the root (original, else centre) with the handle it copies. */
  readonly edges: readonly { readonly copy: number; readonly source: number }[];
}

/** `published` dates as `YYYY-MM-DD…` strings sort in time order, so strings compare. */
type PublishedOf = (handle: number) => string | null;

/** Families from verified links; ties go to the document added first (the lower handle). */
export function planFamilies(links: readonly CopyLink[], publishedOf: PublishedOf): FamilyPlan[] {
  const neighbours = new Map<number, Map<number, CopyLink>>();
  const strength = new Map<number, number>();
  for (const link of links) {
    for (const [x, y] of [
      [link.a, link.b],
      [link.b, link.a],
    ] as const) {
      const around = neighbours.get(x) ?? new Map<number, CopyLink>();
      neighbours.set(x, around);
      around.set(y, link);
      strength.set(x, (strength.get(x) ?? 0) + link.score);
    }
  }
  const nodes = [...neighbours.keys()].sort(
    (x, y) => (strength.get(y) ?? 0) - (strength.get(x) ?? 0) || x - y,
  );
  const covered = new Set<number>();
  const centres: number[] = [];
  const isCentre = new Set<number>();
  for (const node of nodes) {
    if (covered.has(node)) continue;
    centres.push(node);
    isCentre.add(node);
    covered.add(node);
    for (const other of neighbours.get(node)!.keys()) covered.add(other);
  }
  // Every non-centre joins the centre it is most strongly linked to.
  const membersOf = new Map<number, number[]>(centres.map((c) => [c, [c]]));
  for (const node of nodes) {
    if (isCentre.has(node)) continue;
    let best = -1;
    let bestScore = -1;
    for (const [other, link] of neighbours.get(node)!) {
      if (!isCentre.has(other)) continue;
      if (link.score > bestScore || (link.score === bestScore && other < best)) {
        best = other;
        bestScore = link.score;
      }
    }
    membersOf.get(best)!.push(node);
  }

  const linkOf = (x: number, y: number): CopyLink | undefined => neighbours.get(x)?.get(y);
  const plans: FamilyPlan[] = [];
  for (const centre of centres) {
    const members = membersOf.get(centre)!;
    if (members.length < 2) continue;
    const { original, basis } = chooseOriginal(members, publishedOf, linkOf);
    const root = original >= 0 ? original : centre;
    const edges: { copy: number; source: number }[] = [];
    for (const member of members) {
      if (member === root) continue;
      // The original when the member is verified against it; else the centre it joined through
      // (the centre itself, when the original is another member, goes to the original if linked).
      const source = linkOf(member, root) ? root : centre === member ? root : centre;
      edges.push({ copy: member, source });
    }
    plans.push({ members, centre, original, basis, edges });
  }
  return plans;
}

/**
 * The family's original. Dates decide when every member states one (the earliest, if only one
 * member has it); a date stated by some members only says nothing of the others, so then the
 * artefact evidence decides first, and the earliest stated date only when that evidence is silent.
 */
function chooseOriginal(
  members: readonly number[],
  publishedOf: PublishedOf,
  linkOf: (x: number, y: number) => CopyLink | undefined,
): { original: number; basis: FamilyPlan['basis'] } {
  let earliest: string | null = null;
  let atEarliest: number[] = [];
  let dated = 0;
  for (const member of members) {
    const date = publishedOf(member);
    if (date === null) continue;
    dated++;
    if (earliest === null || date < earliest) {
      earliest = date;
      atEarliest = [member];
    } else if (date === earliest) atEarliest.push(member);
  }
  const byDate = atEarliest.length === 1 ? atEarliest[0]! : -1;
  if (byDate >= 0 && dated === members.length) return { original: byDate, basis: 'published' };
  // Among the earliest when all are dated (a tie), else among all members: the member the pairwise
  // evidence calls the original more often than anything calls it a copy, and no other as often.
  const pool = dated === members.length && atEarliest.length > 1 ? atEarliest : members;
  const votes = pool.map((member) => {
    let count = 0;
    for (const other of members) {
      const link = other === member ? undefined : linkOf(member, other);
      if (link && link.original >= 0) count += link.original === member ? 1 : -1;
    }
    return count;
  });
  const most = Math.max(...votes);
  if (most > 0 && votes.filter((v) => v === most).length === 1) {
    return { original: pool[votes.indexOf(most)]!, basis: 'artefacts' };
  }
  if (byDate >= 0) return { original: byDate, basis: 'published' };
  return { original: -1, basis: null };
}
