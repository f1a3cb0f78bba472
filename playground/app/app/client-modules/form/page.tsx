// next/form with a string action (client-side GET navigation, plain GET without
// JS) and with function actions (client and server). Mirrors Next: test/e2e/app-dir/next-form.
import Form from "next/form";
import { redirect } from "next/navigation";
import { FunctionActionForm } from "./function-action";

// Next's fixture (forms/with-function/action-server) redirects from the action.
async function searchViaAction(formData: FormData) {
  "use server";
  redirect(`/client-modules/form/results?q=${encodeURIComponent(String(formData.get("q") ?? ""))}&from=server-action`);
}

export default function FormPage() {
  return (
    <section>
      <h1 data-testid="form-title">next/form</h1>
      <Form action="/client-modules/form/results" data-testid="search-form">
        <input name="q" data-testid="form-q" defaultValue="" />
        <button type="submit" name="from" value="search-button" data-testid="form-submit">
          Search
        </button>
        <button type="submit" formAction="/client-modules/form/results?ignored=1" name="from" value="alt-button" data-testid="form-submit-alt">
          Search (formAction)
        </button>
      </Form>
      <Form action="/client-modules/form/results" replace data-testid="replace-form">
        <input type="hidden" name="q" value="replaced" />
        <button type="submit" data-testid="form-replace">Search with replace</button>
      </Form>
      <FunctionActionForm />
      <Form action={searchViaAction} data-testid="server-action-form">
        <input name="q" data-testid="server-action-q" defaultValue="" />
        <button type="submit" data-testid="server-action-submit">Search via a server action</button>
      </Form>
    </section>
  );
}
