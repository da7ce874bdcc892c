# The dialogue's own words. See locales/README.md.
app-name = KYC Doctor
