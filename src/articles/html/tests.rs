use super::*;

#[test]
fn prefers_the_article_and_leaves_out_scripts_and_navigation() {
    let html = r#"<html><head><title>Floods hit Herat | Example News</title>
        <meta property="og:site_name" content="Example News">
        <script>var text = "<p>not this</p>";</script><style>p { color: red }</style></head>
        <body><nav><a href="/">Home</a> <a>World</a></nav>
        <div class="teaser">Unrelated teaser</div>
        <article><header><h1>Floods hit Herat</h1></header>
        <p>Heavy   rain fell in <b>Herat</b>
        on Tuesday.</p><!-- <p>hidden</p> --><aside>Most read</aside><p>Roads were closed.</p></article>
        <footer>© Example</footer></body></html>"#;
    let document = extract(html);
    assert_eq!(
        document.text,
        "Heavy rain fell in Herat on Tuesday.\nRoads were closed."
    );
    assert_eq!(document.title.as_deref(), Some("Floods hit Herat"));
    assert_eq!(document.outlet.as_deref(), Some("Example News"));
}

#[test]
fn decodes_entities() {
    assert_eq!(
        decode_entities(
            "Tom &amp; Jerry&rsquo;s &#8220;caf&eacute;&#x201D; &lt;b&gt; &bogus; & AT&T&nbsp;x"
        ),
        "Tom & Jerry’s “café” <b> &bogus; & AT&T\u{a0}x"
    );
    assert_eq!(
        extract("<p>a&nbsp;&nbsp;b &mdash; c&hellip;</p>").text,
        "a b — c…"
    );
}

#[test]
fn broken_html_still_gives_text() {
    assert_eq!(
        extract("<p>One <b>two<p>Three & 2 < 5").text,
        "One two\nThree & 2 < 5"
    );
    assert_eq!(
        extract("<div><p>Cut off here <a href=\"/x").text,
        "Cut off here"
    );
    assert_eq!(extract("plain text, no tags").text, "plain text, no tags");
    assert_eq!(
        extract("<nav>menu <article><p>Lost in a nav</p></article>").text,
        "Lost in a nav"
    );
    assert_eq!(extract("<body><script>never closed <p>x</p>").text, "");
    assert_eq!(extract("<<<>>><</p></div></article>").text, "<<<>>><");
    for html in [
        "<",
        "<a",
        "<a b",
        "<a b=",
        "<a b='",
        "<!--",
        "</",
        "<!",
        "&",
        "&#",
        "&#x110000;",
        "<p>é<",
    ] {
        let _ = extract(html);
    }
}

#[test]
fn reads_dates_urls_and_titles_from_metadata() {
    let html = r#"<head><meta name="pubdate" content="2021-07-08">
        <meta property="article:published_time" content="2021-07-07T08:15:00+04:30">
        <meta property="og:title" content="Og &amp; title"><link rel="canonical" href="https://ex.com/a"></head>
        <article><p>Body</p></article>"#;
    let document = extract(html);
    assert_eq!(document.published, NaiveDate::from_ymd_opt(2021, 7, 7));
    assert_eq!(document.title.as_deref(), Some("Og & title"));
    assert_eq!(document.url.as_deref(), Some("https://ex.com/a"));
    let ld = r#"<script type="application/ld+json">{"@graph":[{"datePublished":"2021-07-06",
        "publisher":{"name":"LD News"}}]}</script><article><p>Body</p></article>"#;
    let document = extract(ld);
    assert_eq!(document.published, NaiveDate::from_ymd_opt(2021, 7, 6));
    assert_eq!(document.outlet.as_deref(), Some("LD News"));
    let time = r#"<time datetime="2020-01-01">old</time><article><time datetime="2021-07-05">5 July</time></article>"#;
    assert_eq!(extract(time).published, NaiveDate::from_ymd_opt(2021, 7, 5));
}
