import styles from "./page.module.css";
import { ClientInfo } from "../components/client-info";

export default function HomePage() {
  return (
    <section>
      <h1 className={styles.hero} data-testid="home-title">
        Welcome to vinext
      </h1>
      <p className="postcss-check" data-testid="postcss-check">
        PostCSS ran on this stylesheet.
      </p>
      <p data-testid="server-public-env">{process.env.NEXT_PUBLIC_GREETING}</p>
      {/* .env.production in builds, .env.development under `vinext dev` */}
      <p data-testid="server-stage-env">{process.env.NEXT_PUBLIC_STAGE}</p>
      <p data-testid="server-secret-present">{process.env.SERVER_SECRET ? "secret available on server" : "no secret"}</p>
      <ClientInfo />
      <div style={{ height: "150vh" }} />
      <p id="bottom">bottom of the home page</p>
    </section>
  );
}
