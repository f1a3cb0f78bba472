// What every request goes through before routing: internal headers a client
// may not send are removed (internal-headers.ts), and behind a trusted proxy
// the URL becomes the one the client used (proxy-trust.ts).
import { deriveRequest } from "./host-request";
import { withoutInternalHeaders } from "./internal-headers";
import { publicUrl, trustsProxy } from "./proxy-trust";

/** The request the pipeline sees (the host's own object when nothing changes). */
export function frontDoorRequest(host: Request, trustProxy: boolean): Request {
  const request = withoutInternalHeaders(host);
  const url = new URL(request.url);
  const visible = publicUrl(url, request.headers, trustsProxy(trustProxy));
  return visible.href === url.href ? request : deriveRequest(request, visible);
}
