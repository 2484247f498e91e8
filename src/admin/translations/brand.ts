/** The portal's own words in the admin shell: its name on the login page and in the menu. */
export const brandTranslations = {
  fa: {
    'Auth.form.welcome.title': 'پشتیبان — میز کار کارکنان',
    'Auth.form.welcome.subtitle': 'ورود کارکنان',
    'app.components.LeftMenu.navbrand.title': 'پشتیبان',
    'app.components.LeftMenu.navbrand.workplace': 'خدمات پس از فروش',
  },
  en: {
    'Auth.form.welcome.title': 'Poshtiban — staff back office',
    'Auth.form.welcome.subtitle': 'Staff sign-in',
    'app.components.LeftMenu.navbrand.title': 'Poshtiban',
    'app.components.LeftMenu.navbrand.workplace': 'After-sales back office',
  },
} as const;
