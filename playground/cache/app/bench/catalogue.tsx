// The page bench/isr.mjs serves both ways (cached and rendered per request): a
// catalogue of 300 rows, closer to a real page than a heading.
export function Catalogue() {
  const rows = Array.from({ length: 300 }, (_, i) => ({ id: i, name: `Product ${i}`, price: ((i * 37) % 1000) / 10 }));
  return (
    <main>
      <h1>Catalogue</h1>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.id}</td>
              <td>{row.name}</td>
              <td>{row.price.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
