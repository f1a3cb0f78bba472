import { Catalogue } from "../catalogue";

export const dynamic = "force-dynamic";

export default function RenderedCatalogue() {
  return <Catalogue />;
}
