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
    // Translated screens (docs/i18n.md): their text comes from the message catalogs, so a JSX
    // text literal is a string that escaped translation. The list grows with each translated
    // slice until it covers the console.
    files: [
      "src/app/(centered)/layout.tsx",
      "src/app/(centered)/sign-in/**",
      "src/app/o/*/licenses/**",
      "src/components/ui/confirm-dialog.tsx",
      "src/components/ui/copy-button.tsx",
      "src/components/ui/date-time.tsx",
      "src/components/ui/dialog.tsx",
      "src/components/ui/pagination.tsx",
      "src/components/ui/query-states.tsx",
      "src/features/auth/sign-in-form.tsx",
      "src/app/o/*/devices/**",
      "src/features/devices/register/**",
      // Every devices screen but device-charts.tsx (the charts are translated with the fleet's).
      "src/features/devices/{bulk-action-bar,bulk-tag-dialog,device-actions,device-detail,device-filters,device-history}.tsx",
      "src/features/devices/{device-license,device-list,device-state,device-status-badge,device-tags,devices-table}.tsx",
      "src/features/devices/{replace-device-dialog,replacement-picker,saved-filters-menu,secret-once-panel,set-public-key-dialog,tag-chips}.tsx",
      "src/features/billing/**",
      "src/features/console/sidebar-nav.tsx",
      "src/features/console/user-menu.tsx",
      "src/app/operator/**",
      "src/app/o/*/usage/economics/**",
      "src/features/economics/**",
      "src/features/operator/**",
      "src/features/i18n/**",
      "src/features/licenses/**",
      "src/features/quotes/**",
      "src/app/o/*/skus/**",
      "src/app/o/*/agents/**",
      "src/features/skus/**",
      "src/features/sku-config/*.tsx",
      "src/features/sku-config/composer/**",
      "src/features/sku-config/versions/**",
      "src/app/o/*/page.tsx",
      "src/app/o/*/latency/**",
      "src/app/o/*/usage/page.tsx",
      "src/app/o/*/alerts/**",
      "src/features/fleet/**",
      "src/features/dashboard/**",
      "src/features/alerts/**",
      "src/features/devices/device-charts.tsx",
      "src/app/o/*/settings/**",
      "src/app/not-found.tsx",
      "src/components/error-panel.tsx",
      "src/components/ui/horizontal-scroll.tsx",
      "src/components/ui/sortable-header-cell.tsx",
      "src/components/ui/time-zone-toggle.tsx",
      "src/features/settings/**",
      "src/features/members/**",
      "src/features/api-keys/**",
      "src/features/webhooks/**",
      "src/features/audit/**",
      "src/features/organizations/**",
      "src/features/console/org-switcher.tsx",
      "src/features/console/console-shell.tsx",
      "src/features/console/notification-bell.tsx",
      "src/app/(centered)/orgs/**",
    ],
    rules: { "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true, allowedStrings: ["·", "–", "—", "…", "→", "/", ":", "(", ")", "%"] }] },
  },
  globalIgnores([".next/**", "node_modules/**", ".data/**", "src/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
