import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/** Every name an entry exports, with whether its declaration's TSDoc has an @example. */
function exportedDocs(entry: string): { name: string; documented: boolean; example: boolean }[] {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`${entry} not found`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${entry} is not a module`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.getDeclarations() ?? [];
    const tags = declarations.flatMap((d) => ts.getJSDocTags(d));
    const comments = declarations.flatMap((d) => ts.getJSDocCommentsAndTags(d));
    return {
      name: exported.getName(),
      documented: comments.length > 0,
      example: tags.some((t) => t.tagName.text === 'example'),
    };
  });
}

describe('API documentation', () => {
  it('gives every export of the package entry TSDoc with an @example', () => {
    const missing = exportedDocs(join(src, 'index.ts'))
      .filter((e) => !e.documented || !e.example)
      .map((e) => e.name);
    expect(missing).toEqual([]);
  });

  it('and every export of copydesk/scale', () => {
    const exported = exportedDocs(join(src, 'scale', 'index.ts'));
    expect(exported.map((e) => e.name).sort()).toEqual([
      'DuckDBCandidateOptions',
      'DuckDBCandidates',
      'DuckDBOptions',
      'OrderedPair',
      'SignatureRowsWritten',
      'WriteSignatureRowsOptions',
      'duckdbCandidatePairs',
      'writeSignatureRows',
    ]);
    expect(exported.filter((e) => !e.documented || !e.example).map((e) => e.name)).toEqual([]);
  });
});
