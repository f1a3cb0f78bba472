import { stamp } from "../draw";

export const size = { width: 400, height: 210 };
// Opts out of build-time generation.
export const dynamic = "force-dynamic";

export default function Image() {
  return stamp("live", size);
}
