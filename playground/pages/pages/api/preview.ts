// Preview mode switch (test/presets/pages/preview.ts, after Next's
// test/integration/prerender-preview pages/api/preview.js and reset.js):
// ?action=enable sets the preview data, ?action=clear ends it, ?action=big
// tries more than the 2KB Next allows, ?action=draft turns on draft mode only.
import type { NextApiRequest, NextApiResponse } from "next";

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.query.action) {
    case "enable":
      res.setPreviewData({ from: "api", user: String(req.query.user ?? "anon") }, { maxAge: 3600 });
      return res.status(200).json({ preview: "on" });
    case "clear":
      res.clearPreviewData();
      return res.status(200).json({ preview: "off" });
    case "big":
      res.setPreviewData({ blob: "x".repeat(3000) });
      return res.status(200).json({ preview: "on" });
    case "draft":
      res.setDraftMode({ enable: true });
      return res.status(200).json({ draft: "on" });
    default:
      return res.status(400).json({ error: "action must be enable, clear, big or draft" });
  }
}
