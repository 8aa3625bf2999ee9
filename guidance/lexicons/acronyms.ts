/**
 * Upper-case words that are names, not shouting, in any of the supported languages: acronyms,
 * currency and airport codes, company abbreviations. Data only; `sincere-tone` skips them.
 */
export const ACRONYMS: ReadonlySet<string> = new Set([
  'FAQ', 'FAQS', 'USA', 'SEO', 'CEO', 'CTO', 'CFO', 'COO', 'API', 'ETA', 'DSM', 'NHS', 'GDPR', 'DSGVO', 'AVG', 'HTML', 'CSS',
  'PDF', 'URL', 'USB', 'SMS', 'MMS', 'ATM', 'VAT', 'GPS', 'NFC', 'CRM', 'ERP', 'KPI', 'ROI', 'SAAS', 'DIY', 'FYI', 'ASAP',
  'RSVP', 'VIP', 'PIN', 'SIM', 'DSL', 'LTE', 'WIFI', 'WLAN', 'TBA', 'TBC', 'NYC', 'BBC', 'CNN', 'NASA', 'IKEA', 'LEGO', 'KLM',
  'ICE', 'BVG', 'KVB', 'RMV', 'VRR', 'HVV', 'MVG', 'ADAC', 'AGB', 'GMBH', 'ÖPNV', 'EUR', 'USD', 'GBP', 'RUB', 'CHF', 'LHR',
  'LGW', 'JFK', 'LAX', 'AMS', 'FRA', 'MUC', 'BER', 'SVO', 'DME', 'BRS', 'MAN', 'DUB', 'STN', 'BHX', 'EDI', 'GLA', 'KVK',
  'BTW', 'ANWB', 'HEMA', 'ING', 'ABN', 'AMRO', 'BSN', 'GGD', 'RIVM', 'UWV', 'OV', 'МТС', 'МГТС', 'РЖД', 'ИНН', 'СНИЛС',
  'ПДД', 'ВТБ', 'МФЦ', 'ЖКХ', 'НДС', 'ООО', 'СМС', 'USSD', 'SSD', 'RAM', 'CPU', 'GPU', 'IOS', 'MAC', 'OTP', 'QR', 'TV',
  'DVD', 'HDMI', 'UTC', 'GMT', 'CET', 'CEST', 'MSK', 'EST', 'PST', 'BST', 'AM', 'PM', 'ID', 'PR', 'HR', 'IT', 'AI', 'KI',
  'UX', 'UI', 'B2B', 'B2C', 'LGBTQ', 'NGO', 'UN', 'EU', 'UK', 'DM', 'PN', 'OK', 'LOL', 'PS', 'TL', 'DR', 'NB', 'AWS',
  'SQL', 'PHP', 'JSON', 'XML', 'HTTP', 'HTTPS', 'DNS', 'VPN', 'IBAN', 'BIC', 'SWIFT', 'PAYPAL', 'IPAD', 'IPHONE', 'UPS',
  'DHL', 'DPD', 'GLS', 'TNT', 'USPS', 'BA', 'EZY', 'FR', 'NS', 'DB', 'SNCF', 'SBB', 'ÖBB', 'RER', 'TGV', 'MRT', 'EV',
]);
