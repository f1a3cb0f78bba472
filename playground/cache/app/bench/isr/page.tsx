import { Catalogue } from "../catalogue";

export const revalidate = 3600;

export default function CachedCatalogue() {
  return <Catalogue />;
}
