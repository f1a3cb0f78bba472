import { bumpVisits, measure, saveName } from "../_lib/actions";
import { getVisits } from "../_lib/store";

export default function NoJsPage() {
  return (
    <section>
      <h1>Forms without JavaScript</h1>
      <form action={saveName} data-testid="name-form">
        <input name="name" defaultValue="Ada" data-testid="name-input" />
        <button type="submit" data-testid="name-submit">Save name</button>
      </form>
      <form action={bumpVisits} data-testid="visits-form">
        <button type="submit" data-testid="visits-submit">Count a visit</button>
      </form>
      <p data-testid="visits">visits: {getVisits()}</p>
      <form action={measure} data-testid="measure-form">
        <textarea name="text" defaultValue="" />
        <button type="submit">Measure</button>
      </form>
    </section>
  );
}
