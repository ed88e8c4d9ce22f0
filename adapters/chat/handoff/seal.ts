// The citizen's chat id is the one raw id the bot must keep: without it an official's answer
// cannot reach them. A hash would not do (it cannot be turned back into the id), so it is
// encrypted: AES-256-GCM with a key derived (HKDF-SHA-256) from LOG_SALT, a secret that lives in
// the worker's secrets and never in D1. A copy of the database alone gives no chat id. The case
// code is bound in as additional data, so a sealed id cannot be moved to another case. The row,
// sealed id included, is deleted when the code expires (7 days).

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(salt: string): Promise<CryptoKey> {
  let key = keys.get(salt);
  if (!key) {
    key = crypto.subtle
      .importKey("raw", encoder.encode(salt), "HKDF", false, ["deriveKey"])
      .then((base) =>
        crypto.subtle.deriveKey(
          { name: "HKDF", hash: "SHA-256", salt: encoder.encode("cchc-handoff"), info: encoder.encode("citizen chat id") },
          base,
          { name: "AES-GCM", length: 256 },
          false,
          ["encrypt", "decrypt"],
        ),
      );
    keys.set(salt, key);
  }
  return key;
}

const toB64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const fromB64 = (s: string) => Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));

/** base64url(iv ‖ ciphertext) of `chatId`, bound to `code`. */
export async function seal(chatId: string, code: string, salt: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(code) }, await keyFor(salt), encoder.encode(chatId)));
  const out = new Uint8Array(iv.length + ct.length);
  out.set(iv);
  out.set(ct, iv.length);
  return toB64(out);
}

/** The chat id, or null when the value was not sealed for this code with this secret. */
export async function unseal(sealed: string, code: string, salt: string): Promise<string | null> {
  try {
    const bytes = fromB64(sealed);
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes.slice(0, 12), additionalData: encoder.encode(code) }, await keyFor(salt), bytes.slice(12));
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}
