@jakarta.xml.bind.annotation.XmlSchema(namespace = "urn:vim25", elementFormDefault = jakarta.xml.bind.annotation.XmlNsForm.QUALIFIED)
package io.vcgate.vim25;
