export default function ItemNotFound() {
  return <h2 data-testid="item-not-found">No such item</h2>;
}
