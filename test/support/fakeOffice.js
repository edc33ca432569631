// A stand-in for office.js in the benchmark and the browser tests (installed as a page script): Outlook in read mode on an item in the shared mailbox
// care.vn6c2@nhs.net. It answers at once, so start-up figures leave out office.js's own load time
// (about a second in real Outlook, the same for every add-in). Composing records when it was called.
(function () {
  const ok =
    (value) =>
    (...args) =>
      args[args.length - 1]({ status: 'succeeded', value });
  window.Office = {
    HostType: { Outlook: 'Outlook' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      partitionKey: 'bench',
      requirements: { isSetSupported: () => true },
      officeTheme: { bodyBackgroundColor: '#ffffff' },
      mailbox: {
        userProfile: { emailAddress: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
        item: {
          subject: 'Referral',
          to: [{ emailAddress: 'care.vn6c2@nhs.net', displayName: 'Care.VN6C2 (Sunrise House, Durham)' }],
          getSharedPropertiesAsync: ok({ owner: 'care.vn6c2@nhs.net' }),
        },
        addHandlerAsync: () => undefined,
        removeHandlerAsync: () => undefined,
        displayNewMessageFormAsync: (form, cb) => {
          window.__composedAt = performance.now();
          cb({ status: 'succeeded' });
        },
        displayNewMessageForm: () => undefined,
      },
    },
  };
})();
