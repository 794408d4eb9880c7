// Vite's `?url` imports: the asset is emitted into the build and the import is its URL.
declare module '*?url' {
  const url: string;
  export default url;
}
