import { bumpVisits, failOnPurpose, forgetName, measure, saveName } from "../_lib/actions";
import { getVisits } from "../_lib/store";

// Shows in-memory server data: render on every request (vinext has no cache for revalidatePath to purge yet).
export const dynamic = "force-dynamic";

export default function NoJsPage() {
  return (
    <section>
      <h1>Forms without JavaScript</h1>
      <form action={saveName} data-testid="name-form">
        <input name="name" defaultValue="Ada" data-testid="name-input" />
        <button type="submit" data-testid="name-submit">Save name</button>
      </form>
      <form action={forgetName} data-testid="forget-form">
        <button type="submit">Forget my name</button>
      </form>
      <form action={bumpVisits} data-testid="visits-form">
        <button type="submit" data-testid="visits-submit">Count a visit</button>
      </form>
      <p data-testid="visits">visits: {getVisits()}</p>
      <form action={failOnPurpose} data-testid="fail-form">
        <button type="submit">Fail on purpose</button>
      </form>
      <form action={measure} data-testid="measure-form">
        <textarea name="text" defaultValue="" />
        <button type="submit">Measure</button>
      </form>
    </section>
  );
}
