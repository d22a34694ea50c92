import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../messaging/messenger.ts';
import { storiesCount } from './stories-count.ts';
import { PROBLEM_SEPARATOR, type FeedView } from '../messaging/protocol.ts';
import { t } from '../platform/browser-api.ts';
import { formatDate } from '../shared/format-date.ts';

/** Subscribed claim-pack feeds: subscribe with a pinned key, see each feed's pack and last error, check now, unsubscribe. */
export function FeedList() {
  const [feeds, setFeeds] = useState<FeedView[] | null>(null);
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [claimReview, setClaimReview] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<FeedView[]>) => {
    setBusy(true);
    setError('');
    try {
      setFeeds(await work());
      return true;
    } catch (problem) {
      setError((problem as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void act(() => askBackground('get-feeds', null));
  }, []);

  const subscribe = async (event: Event) => {
    event.preventDefault();
    if (
      await act(() =>
        askBackground('subscribe', { url, publicKey: claimReview ? '' : key, claimReview }),
      )
    ) {
      setUrl('');
      setKey('');
      setClaimReview(false);
    }
  };

  return (
    <section aria-labelledby="feeds-heading" aria-busy={busy}>
      <h2 id="feeds-heading">{t('optionsFeedsHeading')}</h2>
      <p class="help">{t('optionsFeedsHelp')}</p>
      {feeds && feeds.length > 0 && (
        <ul class="feeds" id="feeds">
          {feeds.map((feed) => (
            <li key={feed.url} data-in-use={feed.inUse}>
              <div class="feed-url">{feed.url}</div>
              <div class="help">
                {feed.unsigned ? (
                  <strong>{t('optionsFeedUnsigned')}</strong>
                ) : (
                  t('optionsFeedKey', [feed.keyId])
                )}
              </div>
              {feed.installed ? (
                <div class="feed-pack">
                  {t('optionsFeedPack', [
                    feed.installed.packId,
                    feed.installed.version,
                    feed.installed.publisher,
                    storiesCount(feed.installed.stories),
                    formatDate(feed.installed.expires),
                  ])}
                  {!feed.inUse && <strong> {t('optionsFeedExpired')}</strong>}
                </div>
              ) : (
                <div class="feed-pack">{t('optionsFeedNoPack')}</div>
              )}
              {feed.shadowed && (
                <p class="help feed-shadowed">
                  {t('optionsFeedShadowed', [feed.shadowed.join(', ')])}
                </p>
              )}
              {feed.lastError && (
                <p class="error feed-error" role="alert">
                  {t('optionsFeedError', [
                    formatDate(feed.lastError.at.slice(0, 10)),
                    feed.lastError.reason,
                  ])}
                  {feed.installed && ` ${t('optionsFeedKeptLastGood')}`}
                </p>
              )}
              <button
                type="button"
                onClick={() => void act(() => askBackground('unsubscribe', { url: feed.url }))}
                aria-label={`${t('optionsFeedRemove')}: ${feed.url}`}
              >
                {t('optionsFeedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {feeds && feeds.length > 0 && (
        <button
          type="button"
          id="check-feeds"
          disabled={busy}
          onClick={() => void act(() => askBackground('check-feeds', null))}
        >
          {t('optionsFeedsCheckNow')}
        </button>
      )}
      <form class="feed-add" onSubmit={(event) => void subscribe(event)}>
        <label for="feed-url">{t('optionsFeedUrlLabel')}</label>
        <input
          id="feed-url"
          type="url"
          autoComplete="off"
          spellcheck={false}
          value={url}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        <label for="feed-key">{t('optionsFeedKeyLabel')}</label>
        <input
          id="feed-key"
          type="text"
          autoComplete="off"
          spellcheck={false}
          value={key}
          disabled={claimReview}
          onInput={(event) => setKey(event.currentTarget.value)}
        />
        <label class="feed-unsigned">
          <input
            type="checkbox"
            checked={claimReview}
            onChange={(event) => setClaimReview(event.currentTarget.checked)}
          />
          {t('optionsFeedClaimReview')}
        </label>
        <button type="submit" disabled={busy}>
          {t('optionsFeedSubscribe')}
        </button>
        {error && (
          <div class="error" role="alert" id="feed-error">
            {error.includes(PROBLEM_SEPARATOR) ? (
              <ul>
                {error.split(PROBLEM_SEPARATOR).map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : (
              <p>{error}</p>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
