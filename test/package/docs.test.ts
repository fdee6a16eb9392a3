import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entry = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'index.ts');

/** Every name `src/index.ts` exports, with whether its declaration's TSDoc has an @example. */
function exportedDocs(): { name: string; documented: boolean; example: boolean }[] {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error('src/index.ts not found');
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error('src/index.ts is not a module');
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
    const missing = exportedDocs()
      .filter((e) => !e.documented || !e.example)
      .map((e) => e.name);
    expect(missing).toEqual([]);
  });
});
