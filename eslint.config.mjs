import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

const SERVER_IMPORT_MESSAGE =
  "Client code must not import server code (it would ship to the browser): import pure contracts from @/shared, call the server through tRPC; `import type` is fine.";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The client/server line. Everything under features/, components/ and lib/ can end up in a
    // client bundle (a "use client" file or a helper one imports), so none of it imports the
    // server. Tests run in Node only and may use server fixtures (e.g. the catalog).
    files: ["src/features/**", "src/components/**", "src/lib/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/server", "@/server/**"], allowTypeImports: true, message: SERVER_IMPORT_MESSAGE }] },
      ],
    },
  },
  {
    // Under src/app, pages, layouts and route handlers are server code and use the server;
    // only the "use client" files (error boundaries, providers) are held to the line.
    files: ["src/app/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Program:has(> ExpressionStatement[directive='use client']) ImportDeclaration[importKind!='type'][source.value=/^@\\/server(\\/|$)/]",
          message: SERVER_IMPORT_MESSAGE,
        },
      ],
    },
  },
  {
    // The console's text comes from the message catalogs (docs/i18n.md), so a JSX text literal is
    // a string that escaped translation. Every screen is checked, a new one from its first line.
    files: ["src/app/**/*.tsx", "src/features/**/*.tsx", "src/components/**/*.tsx"],
    ignores: [
      // The brand name is not translated.
      "src/components/logo.tsx",
    ],
    rules: { "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true, allowedStrings: ["·", "–", "—", "…", "→", "/", ":", "(", ")", "%"] }] },
  },
  globalIgnores([".next/**", "node_modules/**", ".data/**", "src/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
