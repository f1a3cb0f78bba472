// ssr service entry: reached only from the rsc environment (plugin-rsc loadModule).
export { renderHtml } from "../ssr/render-html";
export { handlePagesRequest, pagesPrerenderPaths } from "../pages/server";

export default {
  fetch(): Response {
    // Nitro routes requests to the rsc service; nothing should address ssr directly.
    return new Response("Not Found", { status: 404 });
  },
};
