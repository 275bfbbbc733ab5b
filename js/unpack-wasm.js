// The wasm inside a script: base64 of raw wasm gzips poorly (the transfer
// gzip cannot see through the encoding), so the build gzips the wasm first,
// then base64-encodes it, and the browser inflates it here: about 40 % fewer
// bytes on the wire. Used by the embed script and the offline page.
// eslint-disable-next-line no-unused-vars
function unpackWasm(packed) {
  const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(inflated).arrayBuffer();
}
