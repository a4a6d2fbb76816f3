/** A module's built address, for a later `import()`: see src/integrations/chunk-url.ts. */
declare module '*?chunk-url' {
  const url: string;
  export default url;
}
