import { redirect } from "next/navigation";

export default function RedirectDemo(): never {
  redirect("/about");
}
