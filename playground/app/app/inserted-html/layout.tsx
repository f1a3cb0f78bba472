import type { ReactNode } from "react";
import { StyleRegistry } from "./style-registry";

export default function InsertedHtmlLayout({ children }: { children: ReactNode }) {
  return <StyleRegistry>{children}</StyleRegistry>;
}
