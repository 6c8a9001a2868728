// ESLint: typescript-eslint, react-hooks and jsx-a11y, plus the layering of the house as import
// rules (README, Design): routes may import domains and components; a domain never imports
// routes or components; db/ never imports app/.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const DOMAINS = [
  "auth",
  "cli",
  "digicoaches",
  "exports",
  "http",
  "imports",
  "institutions",
  "mail",
  "materials",
  "networks",
  "registrations",
  "reports",
  "seed",
  "surveys",
  "text",
];

const NO_UI_IN_DOMAINS = {
  patterns: [
    {
      group: [
        "~/routes/*",
        "~/components/*",
        "~/views/*",
        "~/root",
        "../routes/*",
        "../components/*",
        "../views/*",
      ],
      message: "A domain never imports routes or components (README, Design: layering).",
    },
  ],
};

const NO_APP_IN_DB = {
  patterns: [
    {
      group: ["~/*", "#tests/*", "**/app/*", "**/app"],
      message: "db/ never imports app/ (README, Design: layering).",
    },
  ],
};

export default tseslint.config(
  { ignores: ["build/**", "node_modules/**", "tests/.reports/**", "test-results/**", ".react-router/**"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      // Control characters are matched on purpose: names, file names and iCalendar text are cleaned of them.
      "no-control-regex": "off",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // Interfaces that only extend another are how React Router's AppLoadContext is augmented.
      "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }],
    },
  },
  {
    files: DOMAINS.map((domain) => `app/${domain}/**/*.{ts,tsx}`),
    rules: { "no-restricted-imports": ["error", NO_UI_IN_DOMAINS] },
  },
  {
    files: ["db/**/*.ts"],
    rules: { "no-restricted-imports": ["error", NO_APP_IN_DB] },
  },
);
