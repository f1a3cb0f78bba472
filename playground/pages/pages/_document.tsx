import Document, { Head, Html, Main, NextScript, type DocumentContext } from "next/document";

export default class MyDocument extends Document<{ fromDocument: string }> {
  static async getInitialProps(ctx: DocumentContext) {
    const initial = await Document.getInitialProps(ctx);
    return { ...initial, fromDocument: `document-gip:${ctx.pathname}` };
  }

  render() {
    return (
      <Html>
        <Head>
          <meta name="document-meta" content={this.props.fromDocument} />
        </Head>
        <body className="pages-body">
          <Main />
          <NextScript />
        </body>
      </Html>
    );
  }
}
