// A static file kept in the worker bundle as a string (no asset binding, no CDN), and how it is
// served. The web adapter's files and the API's /docs script are served alike.

export interface Asset {
  type: string;
  body: string;
  /** Loaded by other sites' pages (the embed): allow cross-origin use. */
  crossOrigin?: boolean;
}

/** The response for an asset: typed, nosniff, cached briefly (the embed URL never changes). */
export function assetResponse(asset: Asset): Response {
  const headers: Record<string, string> = {
    "Content-Type": asset.type,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "public, max-age=300",
    "Cross-Origin-Resource-Policy": asset.crossOrigin ? "cross-origin" : "same-origin",
  };
  if (asset.crossOrigin) headers["Access-Control-Allow-Origin"] = "*";
  return new Response(asset.body, { headers });
}
