import Head from "next/head";
import styles from "../styles/page.module.css";

export default function About() {
  return (
    <main>
      <Head>
        <title>About pages</title>
        <meta name="description" content="first" key="desc" />
        <meta name="description" content="second" key="desc" />
        <meta property="og:title" content="About" />
      </Head>
      <h1 data-testid="about-title" className={styles.highlight}>
        About the Pages Router
      </h1>
    </main>
  );
}
