import { parse } from 'graphql';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/**
 * Production counterpart of the client preset's babel optimizer (plugin-react 6 has no babel):
 * replaces each `graphql(`…`)` call with a direct import of its generated document, so a page
 * bundles only the operations it uses instead of gql.ts's map of every operation in the app.
 */
export function graphqlDocumentsPlugin(): Plugin {
  return {
    name: 'ametrika:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]/.test(id) || /[\\/]src[\\/]gql[\\/]/.test(id) || !/\.tsx?$/.test(id)) return null;
      if (!code.includes('graphql(')) return null;
      const imports = new Set<string>();
      const transformed = code.replace(CALL, (_call, source: string) => {
        const definition = parse(source).definitions[0];
        if (!definition || !('name' in definition) || !definition.name) return _call;
        const name =
          definition.kind === 'FragmentDefinition'
            ? `${definition.name.value}FragmentDoc`
            : `${definition.name.value}Document`;
        imports.add(name);
        return `__gql_${name}`;
      });
      if (imports.size === 0) return null;
      const list = [...imports].map((name) => `${name} as __gql_${name}`).join(', ');
      return { code: `import { ${list} } from '/src/gql/graphql';\n${transformed}`, map: null };
    },
  };
}
