"use server";
import { updateTag } from "next/cache";

/** updateTag from a Server Action: the action's own response already reads new data. */
export async function refreshItems() {
  updateTag("uc-fn");
}
