import { headers } from "next/headers";
import { stamp } from "../draw";

export const size = { width: 160, height: 40 };

// Reads a request API: Next leaves such an image to be drawn per request.
export default async function Icon() {
  const agent = (await headers()).get("user-agent") ?? "none";
  return stamp(agent.slice(0, 4), size);
}
