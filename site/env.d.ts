// The sample postings are bundled as text (esbuild's text loader).
declare module '*.md' {
  const text: string
  export default text
}

// src/lazy.ts loads the YAML and sentence parsers with require(); esbuild bundles them for the page.
declare const require: (id: string) => unknown
