"use server";
// Server Actions used by the /actions pages (a 'use server' file: every export
// is callable from forms and client code).
import { refresh, revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import * as store from "./store";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const field = (form: FormData | undefined, name: string) => String(form?.get(name) ?? "").trim();

/** No-JS form: remembers the name in a cookie, then redirects (303 without JS). */
export async function saveName(formData: FormData) {
  (await cookies()).set("vinext-name", field(formData, "name") || "stranger", { httpOnly: true, sameSite: "lax" });
  redirect("/actions/greeting");
}

/** No-JS form: forgets the name (cookies().delete in an action), then redirects. */
export async function forgetName() {
  (await cookies()).delete("vinext-name");
  redirect("/actions/greeting");
}

/** No-JS form without redirect: the page re-renders with the new count. */
export async function bumpVisits() {
  store.bumpVisits();
  revalidatePath("/actions/no-js");
}

/** Returns the length of the text it gets (a string from client code, or a form field). */
export async function measure(input?: FormData | string) {
  return (typeof input === "string" ? input : field(input, "text")).length;
}

/** useActionState reducer: previous state first, then the form data. */
export async function increment(previous: number, formData: FormData) {
  return previous + (Number(field(formData, "by")) || 1);
}

export async function add(a: number, b: number) {
  return a + b;
}

export async function multiply(a: number, b: number) {
  return a * b;
}

export async function greet(name: string) {
  return `Hello from the server, ${name}`;
}

export async function failOnPurpose() {
  throw new Error("secret server detail");
}

/** Called from client code: sets a cookie and redirects (a client-side navigation). */
export async function goToGreeting() {
  (await cookies()).set("vinext-name", "from-action", { httpOnly: true, sameSite: "lax" });
  redirect("/actions/greeting");
}

export async function slowSave(formData: FormData) {
  await sleep(1000);
  store.setNote(field(formData, "note") || "(empty)");
  revalidatePath("/actions/status");
}

export async function postMessage(formData: FormData) {
  await sleep(800);
  store.addMessage(field(formData, "text"));
  revalidatePath("/actions/messages");
}

/** Changes server data without revalidating: as in Next, the page is not re-rendered. */
export async function postMessageQuietly(formData: FormData) {
  store.addMessage(field(formData, "text"));
}

/** Next 16's refresh(): re-renders the current page in the action's response. */
export async function refreshPage() {
  refresh();
}
