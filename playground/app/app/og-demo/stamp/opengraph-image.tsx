import { stamp } from "./draw";

export const size = { width: 400, height: 210 };
export const alt = "Stamped at build time";

export default function Image() {
  return stamp("og", size);
}
