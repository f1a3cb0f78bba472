// Flight payload inlined into streamed HTML as <script> pushes to self.__vinext_f, read back by
// runtime/client/inline-flight. Next does the same with self.__next_f, HTML-escaping the JSON
// (packages/next/src/server/app-render/use-flight-response.tsx in vercel/next.js).
import { describe, expect, it } from "vitest";
import { injectFlight } from "../../src/runtime/ssr/inject-flight";
import { INLINE_FLIGHT_GLOBAL } from "../../src/runtime/ssr/inline-flight-protocol";

const enc = new TextEncoder();
/** A step is a delay in ms or a group of chunks enqueued in the same task. */
type Step = number | (string | Uint8Array)[];
function streamOf(steps: Step[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    async pull(controller) {
      for (;;) {
        const step = steps[i++];
        if (step === undefined) return controller.close();
        if (typeof step === "number") await new Promise((r) => setTimeout(r, step));
        else {
          for (const c of step) controller.enqueue(typeof c === "string" ? enc.encode(c) : c);
          return;
        }
      }
    },
  });
}
const bytesOf = (text: string, size: number) => {
  const all = enc.encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.slice(i, i + size));
  return out;
};
async function run(html: Step[], flight: Step[], nonce?: string) {
  const out = await new Response(injectFlight(streamOf(html), streamOf(flight), nonce)).text();
  const script = new RegExp(
    `<script${nonce ? ` nonce="[^"]*"` : ""}>\\(self\\.${INLINE_FLIGHT_GLOBAL}\\|\\|=\\[\\]\\)\\.push\\(("(?:[^"\\\\<]|\\\\.)*")\\)</script>`,
    "g",
  );
  const pushed = [...out.matchAll(script)].map((m) => JSON.parse(m[1]!) as string);
  return { out, pushed, rest: out.replace(script, "") };
}

const HEAD = "<!DOCTYPE html><html><head></head><body>";
const END = "</body></html>";
const HTML_TEXT = `${HEAD}<div>one</div><div>two</div>${END}`;

describe("injectFlight", () => {
  const flightChunks = ['0:{"tree":["$","div",null,{}]}\n', '1:"hello"\n', "2:I[1,[],\"x\"]\n"];
  it.each<[string, Step[], Step[]]>([
    ["flight interleaved with HTML", [[HEAD], 5, ["<div>one</div>"], 5, ["<div>two</div>" + END]], [2, [flightChunks[0]!], 8, [flightChunks[1]!], 1, [flightChunks[2]!]]],
    ["flight done before HTML starts", [5, [HEAD], 2, ["<div>one</div><div>two</div>"], 2, [END]], flightChunks.map((c) => [c])],
    ["flight finishing after the HTML", [[HEAD + "<div>one</div>"], ["<div>two</div>" + END]], [10, [flightChunks[0]!], 10, [flightChunks[1]!], 10, [flightChunks[2]!]]],
  ])("%s: every chunk is pushed, the HTML is intact, </body></html> stays last", async (_label, html, flight) => {
    const { out, pushed, rest } = await run(html, flight);
    expect(pushed.filter(Boolean)).toEqual(flightChunks);
    expect(rest).toBe(HTML_TEXT);
    expect(out.endsWith(END)).toBe(true);
    expect(out.indexOf("</body>")).toBe(out.length - END.length);
    expect(out.indexOf("<script")).toBeGreaterThan(HEAD.length - 1);
  });

  // React writes through a fixed-size buffer, so "</body></html>" can straddle two chunks.
  it.each<[string, Step[]]>([
    ["in one task", [[HEAD + "<div>one</div><div>two</div></bo", "dy></html>"]]],
    ["between </body> and </html>", [[HEAD + "<div>one</div><div>two</div></body>"], 5, ["</html>"]]],
    ["byte by byte", [[HEAD + "<div>one</div><div>two</div>"], 5, bytesOf(END, 1)]],
  ])("a split document end (%s) still closes the document after every script", async (_label, html) => {
    const { out, pushed, rest } = await run(html, [20, [flightChunks[0]!], 5, [flightChunks[1]!]]);
    expect(pushed.join("")).toBe(flightChunks[0]! + flightChunks[1]!);
    expect(rest).toBe(HTML_TEXT);
    expect(out.endsWith(END)).toBe(true);
    expect(out.lastIndexOf("<script")).toBeLessThan(out.indexOf("</body>"));
  });

  it("flight data cannot close the script or open a comment", async () => {
    const hostile = `0:"</script><script>alert(1)</script>"\n1:"<!-- </SCRIPT > \u2028\u2029 \\" ' & \`"\n`;
    const { out, pushed, rest } = await run([[HEAD], 5, [END]], [[hostile.slice(0, 20)], 2, [hostile.slice(20)]]);
    expect(pushed.join("")).toBe(hostile);
    expect(rest).toBe(HEAD + END);
    // Every "<" in the output belongs to the HTML or a script tag we wrote.
    expect(out.match(/<\/script/gi)!.length).toBe(out.match(/<script/g)!.length);
    expect(out).not.toContain("alert(1)</script>");
    expect(out).not.toMatch(/[\u2028\u2029]/);
  });

  it("multi-byte UTF-8 split across chunk boundaries survives in flight and HTML", async () => {
    const flightText = `0:"héllo wörld — 世界 🎉🇫🇷"\n1:"${"ü".repeat(50)}"\n`;
    const htmlText = `${HEAD}<p>café 世界 🎉</p>${END}`;
    for (const size of [1, 2, 3, 5, 7]) {
      const html: Step[] = bytesOf(htmlText, size * 2).flatMap((c) => [[c], 0] as Step[]);
      const flight: Step[] = bytesOf(flightText, size).flatMap((c) => [[c], 0] as Step[]);
      const { pushed, rest } = await run(html, flight);
      expect(pushed.join("")).toBe(flightText);
      expect(pushed.join("")).not.toContain("\uFFFD");
      expect(rest).toBe(htmlText);
    }
  });

  it("an empty flight stream leaves the HTML unchanged", async () => {
    const { out, pushed } = await run([[HEAD], 2, [END]], []);
    expect(pushed).toEqual([]);
    expect(out).toBe(HEAD + END);
  });

  it("a nonce is set on every script and cannot break out of the attribute", async () => {
    const { out, pushed, rest } = await run([[HEAD], 5, [END]], [["a"], 1, ["b"]], 'n0"><x');
    expect(pushed.join("")).toBe("ab");
    expect(rest).toBe(HEAD + END);
    expect(out).toContain('nonce="n0&quot;><x"');
    expect(out).not.toContain('nonce="n0">');
  });
});
