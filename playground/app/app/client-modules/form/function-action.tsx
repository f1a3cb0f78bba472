"use client";
// <Form action={fn}> behaves like React's form action: no navigation.
import Form from "next/form";
import { useState } from "react";

export function FunctionActionForm() {
  const [note, setNote] = useState("");
  return (
    <Form action={(data) => setNote(String(data.get("note")))}>
      <input name="note" data-testid="action-note" />
      <button type="submit" data-testid="action-submit">Save</button>
      <p data-testid="action-result">{note ? `saved: ${note}` : "nothing saved"}</p>
    </Form>
  );
}
