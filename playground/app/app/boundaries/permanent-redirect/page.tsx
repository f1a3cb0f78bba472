import { permanentRedirect } from "next/navigation";

export default function PermanentRedirectDemo(): never {
  permanentRedirect("/pricing");
}
