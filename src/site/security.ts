// Security headers of every HTML page: a strict Content-Security-Policy (scripts, styles, images
// and requests only from this origin; no inline script or style; no framing), no referrer leaks.
import { secureHeaders } from "hono/secure-headers";

export const PAGE_CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

export const pageSecurity = () =>
  secureHeaders({
    contentSecurityPolicy: PAGE_CSP,
    xFrameOptions: "DENY",
    referrerPolicy: "strict-origin-when-cross-origin",
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
