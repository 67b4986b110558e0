// Vite's `?raw` imports (the CSL style files of lib/export/citeEngine.ts): the file's text.
declare module '*?raw' {
  const text: string;
  export default text;
}
