-- An accepted quote's order in Stripe mode: the Stripe invoice sent for it.
ALTER TABLE "Order" ADD COLUMN "stripeInvoiceId" TEXT;
CREATE UNIQUE INDEX "Order_stripeInvoiceId_key" ON "Order"("stripeInvoiceId");
