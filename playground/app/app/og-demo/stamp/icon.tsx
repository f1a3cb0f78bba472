import { stamp } from "./draw";

// generateImageMetadata in a static folder: each item is drawn at build time.
export function generateImageMetadata() {
  return [
    { id: "small", size: { width: 160, height: 40 }, contentType: "image/png" },
    { id: "large", size: { width: 240, height: 60 }, contentType: "image/png" },
  ];
}

export default async function Icon({ id }: { id: Promise<string> }) {
  const which = await id;
  return stamp(which, which === "small" ? { width: 160, height: 40 } : { width: 240, height: 60 });
}
